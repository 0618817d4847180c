package org.jornada.directory.control;

import java.util.Locale;
import java.util.Map;

/**
 * Crop and job names as DOL files write them (English, free text: "Onions", "Nursery") in Spanish
 * on Spanish pages, for the common H-2A crops; a name not in the list is shown as written.
 */
public final class CropNames {

    private static final Map<String, String> SPANISH = Map.ofEntries(
            Map.entry("onions", "Cebollas"), Map.entry("nursery", "Vivero"), Map.entry("tobacco", "Tabaco"),
            Map.entry("strawberries", "Fresas"), Map.entry("apples", "Manzanas"),
            Map.entry("blueberries", "Arándanos"), Map.entry("tomatoes", "Tomates"),
            Map.entry("peppers", "Chiles"), Map.entry("sweet potatoes", "Camotes"),
            Map.entry("watermelons", "Sandías"), Map.entry("watermelon", "Sandía"),
            Map.entry("cucumbers", "Pepinos"), Map.entry("citrus", "Cítricos"), Map.entry("oranges", "Naranjas"),
            Map.entry("cherries", "Cerezas"), Map.entry("grapes", "Uvas"), Map.entry("lettuce", "Lechuga"),
            Map.entry("vegetables", "Verduras"), Map.entry("general farm work", "Trabajo agrícola general"),
            Map.entry("livestock", "Ganado"), Map.entry("cattle", "Ganado"), Map.entry("sheep", "Ovejas"),
            Map.entry("hay", "Heno"), Map.entry("corn", "Maíz"), Map.entry("peaches", "Duraznos"),
            Map.entry("pears", "Peras"), Map.entry("potatoes", "Papas"), Map.entry("berries", "Bayas"),
            Map.entry("melons", "Melones"), Map.entry("squash", "Calabazas"), Map.entry("cabbage", "Repollo"),
            Map.entry("broccoli", "Brócoli"), Map.entry("asparagus", "Espárragos"),
            Map.entry("sugar cane", "Caña de azúcar"), Map.entry("christmas trees", "Árboles de Navidad"),
            Map.entry("custom combine", "Cosecha con combinada"), Map.entry("beekeeping", "Apicultura"),
            Map.entry("dairy", "Lechería"), Map.entry("sod", "Pasto en rollo"), Map.entry("cotton", "Algodón"),
            Map.entry("rice", "Arroz"), Map.entry("peanuts", "Cacahuates"), Map.entry("pecans", "Nueces"));

    private CropNames() {
    }

    public static String in(String crop, Locale language) {
        if (crop == null || !"es".equals(language.getLanguage())) {
            return crop;
        }
        return SPANISH.getOrDefault(crop.strip().toLowerCase(Locale.ROOT), crop);
    }
}
