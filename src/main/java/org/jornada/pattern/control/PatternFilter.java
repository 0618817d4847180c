package org.jornada.pattern.control;

import java.time.YearMonth;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.VisaType;

/**
 * What every pattern view is narrowed by: the months received (whole months: unions never see a
 * finer date), the visa class, a category group, the worksite state, a crop (of the employer's
 * certifications), verified cases only. Read and checked by {@code PatternFilterReader}.
 */
public record PatternFilter(YearMonth from, YearMonth to, VisaType visa, CategoryGroup group, String state,
        String crop, boolean verifiedOnly) {

    /** The visa class as the DOL disclosure files write it ("H-2A"), or null. */
    public String dolVisaClass() {
        return visa == VisaType.H2A ? "H-2A" : visa == VisaType.H2B ? "H-2B" : null;
    }
}
