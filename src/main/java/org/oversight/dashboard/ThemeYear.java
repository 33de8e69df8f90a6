package org.oversight.dashboard;

/**
 * One theme in one year: recommendations made (published that year), tracked items closed that year, and items
 * assessed effective that year (an outcome assessment rated effective, dated that year). "Could not be determined"
 * and the other ratings never count as effective.
 */
public record ThemeYear(String themeCode, String themeName, int year, int made, int closed, int assessedEffective) {
}
