/**
 * Directory control: reading DOL files, plain logic without a container. Rows streamed from CSV or
 * .xlsx ({@code TableRows}, {@code CsvRows}, {@code XlsxRows}), column names across fiscal years
 * ({@code Columns}), cells ({@code Cells}), each file's kind ({@code ImportKind}) and what an
 * import did ({@code ImportReport}); the in-memory trigram index ({@code NameIndex}); country and
 * crop names in the page's language; and the {@code ProfileSection} hook other features fill
 * profiles through.
 */
package org.jornada.directory.control;
