package org.jornada.directory.control;

import java.util.Arrays;
import java.util.List;

/**
 * The column names each field has had across fiscal years, normalized by
 * {@link TableRows#header} (so TOTAL_WORKERS_H-2A_CERTIFIED and TOTAL_WORKERS_H2A_CERTIFIED are
 * one). Sources: reference/domain-reference.md section 5a (OFLC H-2A and H-2B disclosure headers
 * from ChurnKenLee/h2a_aewr_paper, rebeccajohnson88/qss20_s21_proj, stephanie-lw-zhang/h2bvisa
 * and the current record layout) and 5b (WHD whd_whisard.csv data dictionary), and the debarment
 * list's parsed columns.
 */
public final class Columns {

    private Columns() {
    }

    private static List<String> names(String... names) {
        return Arrays.stream(names).map(TableRows::header).toList();
    }

    // OFLC disclosure (H-2A and H-2B)
    public static final List<String> CASE_NUMBER = names("CASE_NUMBER", "CASE_NO");
    public static final List<String> CASE_STATUS = names("CASE_STATUS");
    public static final List<String> VISA_CLASS = names("VISA_CLASS");
    public static final List<String> EMPLOYER_NAME = names("EMPLOYER_NAME");
    public static final List<String> TRADE_NAME = names("TRADE_NAME_DBA");
    public static final List<String> EMPLOYER_CITY = names("EMPLOYER_CITY");
    public static final List<String> EMPLOYER_STATE = names("EMPLOYER_STATE");
    public static final List<String> EMPLOYER_FEIN = names("EMPLOYER_FEIN", "FEIN");
    public static final List<String> JOB_TITLE = names("JOB_TITLE");
    public static final List<String> SOC_CODE = names("SOC_CODE", "SOC_CODE_ID");
    public static final List<String> CROP = names("PRIMARY_CROP");
    public static final List<String> WORKERS_REQUESTED = names("TOTAL_WORKERS_H-2A_REQUESTED",
            "TOTAL_WORKERS_H2A_REQUESTED", "NBR_WORKERS_REQUESTED", "TOTAL_WORKERS_REQUESTED", "TOTAL_WORKERS_NEEDED");
    public static final List<String> WORKERS_CERTIFIED = names("TOTAL_WORKERS_H-2A_CERTIFIED",
            "TOTAL_WORKERS_H2A_CERTIFIED", "NBR_WORKERS_CERTIFIED", "TOTAL_WORKERS_CERTIFIED");
    public static final List<String> BEGIN_DATE = names("CERTIFICATION_BEGIN_DATE", "EMPLOYMENT_BEGIN_DATE",
            "REQUESTED_BEGIN_DATE", "REQUESTED_START_DATE_OF_NEED", "JOB_START_DATE");
    public static final List<String> END_DATE = names("CERTIFICATION_END_DATE", "EMPLOYMENT_END_DATE",
            "REQUESTED_END_DATE", "REQUESTED_END_DATE_OF_NEED", "JOB_END_DATE");
    public static final List<String> WAGE = names("WAGE_OFFER", "BASIC_RATE_OF_PAY", "BASIC_WAGE_RATE_FROM");
    public static final List<String> WAGE_UNIT = names("PER", "BASIC_UNIT_OF_PAY");
    public static final List<String> WORKSITE_STATE = names("WORKSITE_STATE", "WORKSITE_LOCATION_STATE",
            "ALIEN_WORK_STATE");
    public static final List<String> WORKSITE_COUNTY = names("WORKSITE_COUNTY");
    public static final List<String> AGENT_FIRM = names("LAWFIRM_NAME_BUSINESS_NAME", "LAWFIRM_NAME",
            "AGENT_ATTORNEY_NAME", "ATTORNEY_AGENT_NAME");
    public static final List<String> AGENT_FIRST = names("ATTORNEY_AGENT_FIRST_NAME");
    public static final List<String> AGENT_LAST = names("ATTORNEY_AGENT_LAST_NAME");
    public static final List<String> AGENT_CITY = names("AGENT_ATTORNEY_CITY", "ATTORNEY_AGENT_CITY");
    public static final List<String> AGENT_STATE = names("AGENT_ATTORNEY_STATE", "ATTORNEY_AGENT_STATE");

    // WHD compliance actions (whd_whisard.csv)
    public static final List<String> WHD_CASE_ID = names("case_id");
    public static final List<String> WHD_LEGAL_NAME = names("legal_name");
    public static final List<String> WHD_TRADE_NAME = names("trade_nm");
    public static final List<String> WHD_CITY = names("cty_nm");
    public static final List<String> WHD_STATE = names("st_cd");
    public static final List<String> WHD_FINDINGS_START = names("findings_start_date");
    public static final List<String> WHD_FINDINGS_END = names("findings_end_date");
    public static final List<String> WHD_H2A_VIOLATIONS = names("h2a_violtn_cnt");
    public static final List<String> WHD_H2B_VIOLATIONS = names("h2b_violtn_cnt");
    public static final List<String> WHD_FLSA_VIOLATIONS = names("flsa_violtn_cnt");
    public static final List<String> WHD_BACK_WAGES = names("bw_atp_amt");
    public static final List<String> WHD_H2A_BACK_WAGES = names("h2a_bw_atp_amt");
    public static final List<String> WHD_H2B_BACK_WAGES = names("h2b_bw_atp_amt");
    public static final List<String> WHD_FLSA_BACK_WAGES = names("flsa_bw_atp_amt");
    public static final List<String> WHD_H2A_PENALTIES = names("h2a_cmp_assd_amt");
    public static final List<String> WHD_FLSA_PENALTIES = names("flsa_cmp_assd_amt");
    public static final List<String> WHD_MSPA_PENALTIES = names("mspa_cmp_assd_amt");
    public static final List<String> WHD_LOAD_DATE = names("ld_dt");

    // OFLC debarment list
    public static final List<String> DEBAR_ENTITY = names("Entity");
    public static final List<String> DEBAR_TYPE = names("Entity Type");
    public static final List<String> DEBAR_LOCATION = names("Employer Location");
    public static final List<String> DEBAR_START = names("Start of Debarment");
    public static final List<String> DEBAR_END = names("End of Debarment");
    public static final List<String> DEBAR_VIOLATION = names("Violation");
    public static final List<String> DEBAR_CITATION = names("CFR Citation");

    /** Does the header row carry one of these names? */
    public static boolean present(List<String> headers, List<String> names) {
        return headers.stream().map(TableRows::header).anyMatch(names::contains);
    }
}
