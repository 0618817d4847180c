/**
 * Platform control: shared pieces every feature may use and none owns, without Faces, REST or
 * transactions: settings ({@code Settings}, {@code DatabaseSettings}, {@code DataDirectory},
 * {@code Secrets}), sealing at rest ({@code DataCipher}, {@code SealedColumns}), the rate limits
 * ({@code Limit}), a command's shape and answers ({@code Command}, {@code Permission},
 * {@code Actor}, {@code AuditLog}, {@code RefusedException}, {@code PermissionDeniedException}, {@code ConflictException},
 * {@code FieldError}), the business-name rule ({@code NameKey}, {@code NameSuggestions}), guards on
 * outside text ({@code PlainText}, {@code JsonDepth}), the bundles ({@code Messages}) and list
 * windows ({@code ListWindow}).
 */
package org.jornada.platform.control;
