/**
 * Rights entities: {@code WageCalculation}, a wage check a worker attached to their case (V22): the
 * inputs, the answer and the table rows it used, sealed as one JSON document, with the total
 * shortfall in the clear for the case page.
 */
package org.jornada.rights.entity;
