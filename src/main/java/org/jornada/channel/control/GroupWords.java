package org.jornada.channel.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * A group named in the worker's own words instead of its number ("no me pagan", "housing"): the
 * first group one of whose word stems the message holds, in the order of the menu.
 */
final class GroupWords {

    private static final Map<CategoryGroup, String[]> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put(CategoryGroup.COERCION, new String[] {"pasaporte", "papeles", "amenaz", "deuda", "encerr", "passport",
            "threat", "debt", "locked"});
        STEMS.put(CategoryGroup.RECRUITMENT, new String[] {"reclut", "cobraron", "cuota", "recruit", "fee"});
        STEMS.put(CategoryGroup.WAGES, new String[] {"pago", "pagan", "salario", "sueldo", "cheque", "horas", "pay",
            "wage", "hours"});
        STEMS.put(CategoryGroup.HOUSING, new String[] {"vivienda", "casa", "traila", "cuarto", "housing", "house",
            "trailer"});
        STEMS.put(CategoryGroup.TRANSPORT, new String[] {"transporte", "camion", "raite", "transport", "bus", "van"});
        STEMS.put(CategoryGroup.HEALTH_SAFETY, new String[] {"salud", "seguridad", "calor", "agua", "pesticid",
            "herid", "accidente", "health", "safety", "heat", "water", "injur"});
        STEMS.put(CategoryGroup.DISCRIMINATION, new String[] {"acoso", "discrimin", "harass"});
        STEMS.put(CategoryGroup.RETALIATION, new String[] {"represalia", "despid", "corrieron", "lista negra",
            "retaliat", "fired", "blacklist"});
    }

    private GroupWords() {
    }

    static Optional<CategoryGroup> of(String said) {
        String plain = " " + Words.plain(said) + " ";
        for (Map.Entry<CategoryGroup, String[]> group : STEMS.entrySet()) {
            for (String stem : group.getValue()) {
                if (plain.contains(" " + stem)) {
                    return Optional.of(group.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
