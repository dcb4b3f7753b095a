package dk.spor.organisation.web;

import dk.spor.web.page.Reasons;

/** The Danish sentence for each reason an import refuses a line with (EmployeeFile, UnitFile, CsvText). */
final class ImportReasons {

    static final Reasons LINES = Reasons.of(
            "employee_number is empty\\.", "hr.org.reason.numberEmpty",
            "duplicate employee_number: also on line (\\d+)\\.", "hr.org.reason.numberTwice",
            "name is empty\\.", "hr.org.reason.nameEmpty",
            "email is not a valid e-mail address\\.", "hr.org.reason.emailInvalid",
            "email is already used on line (\\d+)\\.", "hr.org.reason.emailTwice",
            "unit_key is empty\\.", "hr.org.reason.unitEmpty",
            "unknown unit '(.*)'; import the units file first\\.", "hr.org.reason.unitUnknown",
            "unknown role '(.*)'; use hr, .*", "hr.org.reason.roleUnknown",
            "manages unknown unit '(.*)'\\.", "hr.org.reason.managesUnknown",
            "The file is empty; expected a header row\\.", "hr.org.reason.fileEmpty",
            "has (\\d+) fields, but the header has (\\d+) \\(is a value with a '(.)' missing its quotes\\?\\)\\.",
            "hr.org.reason.fieldCount",
            "cannot be read as CSV: (.*)", "hr.org.reason.notCsv",
            "unknown column '(.*)'; expected the columns \\[(.*)]\\.", "hr.org.reason.columnUnknown",
            "the header lacks the column '(.*)'\\.", "hr.org.reason.columnMissing",
            "is not valid (\\S+) text \\(byte 0x(\\p{XDigit}{2})\\)\\..*", "hr.org.reason.notText",
            "unit_key '(.*)' is already used on line (\\d+)\\.", "hr.org.reason.unitKeyTwice",
            "kind '(.*)' is not one of .*", "hr.org.reason.kindUnknown",
            "parent_key '(.*)' is not a unit in this file\\.", "hr.org.reason.parentUnknown",
            "unit '(.*)' is its own ancestor; .*", "hr.org.reason.loops");

    private ImportReasons() {
    }
}
