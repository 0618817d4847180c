/**
 * Review control: {@code TextFlags}, what in a review's text could identify somebody (phone
 * numbers, email addresses, likely names) for the moderator to look at; plain logic without a
 * container. A person decides: nothing is removed automatically.
 */
package org.jornada.review.control;
