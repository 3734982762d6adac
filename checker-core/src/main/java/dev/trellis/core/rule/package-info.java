/**
 * The public rule SPI: {@link dev.trellis.core.rule.Rule}, its metadata and the findings it makes.
 * This package is API: it changes only with a major version.
 */
package dev.trellis.core.rule;
