package org.jornada.pattern.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * A choropleth map drawn on the server as SVG (no tiles, no script): the state outlines of
 * {@code us-states.json} (us-atlas, Census boundaries, Albers USA) or {@code mx-states.json}
 * (@svg-maps/mexico, CC BY 4.0), made by {@code scripts/maps}; each state shaded by its value in
 * one of five classes, hatched when its count is hidden, pale when there is nothing; a legend
 * beside it. Every text in it comes from the caller (already in the reader's language) and is
 * escaped; the outlines are our own resource.
 */
public final class SvgMap {

    /** Five shades, light to dark (ColorBrewer "Reds"), each readable against the next. */
    static final String[] SHADES = {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"};
    static final String EMPTY = "#f2f2f2";

    /** One outline. */
    public record Shape(String id, String name, String path) {
    }

    /** A state's value: a number (rate or count), or hidden, or nothing. */
    public record Value(BigDecimal number, boolean hidden, String label) {
    }

    /** The words of the legend and titles, in the reader's language. */
    public record Words(String title, String hidden, String none, String unit) {
    }

    private static final Map<String, Outlines> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A map's outlines and box. */
    public record Outlines(String viewBox, List<Shape> shapes) {
    }

    public static Outlines outlines(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            try (InputStream in = SvgMap.class.getResourceAsStream(r);
                    JsonReader reader = CachedJsonProvider.PROVIDER.createReader(in)) {
                JsonObject json = reader.readObject();
                List<Shape> shapes = new ArrayList<>();
                for (JsonObject s : json.getJsonArray("states").getValuesAs(JsonObject.class)) {
                    shapes.add(new Shape(s.getString("id"), s.getString("name"), s.getString("path")));
                }
                return new Outlines(json.getString("viewBox"), List.copyOf(shapes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Outlines us() {
        return outlines("us-states.json");
    }

    public static Outlines mexico() {
        return outlines("mx-states.json");
    }

    /** The upper bounds of the five classes: equal steps up to the largest shown value. */
    static BigDecimal[] breaks(Map<String, Value> values) {
        BigDecimal max = values.values().stream().filter(v -> !v.hidden() && v.number() != null).map(Value::number)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal[] breaks = new BigDecimal[SHADES.length];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = max.multiply(BigDecimal.valueOf(i + 1)).divide(BigDecimal.valueOf(SHADES.length), 1,
                    java.math.RoundingMode.HALF_UP);
        }
        return breaks;
    }

    static int shadeOf(BigDecimal number, BigDecimal[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (number.compareTo(breaks[i]) <= 0) {
                return i;
            }
        }
        return breaks.length - 1;
    }

    /** The SVG: outlines shaded, a {@code <title>} per state, and the legend. */
    public static String draw(Outlines outlines, Map<String, Value> values, Map<String, String> names, Words words,
            String id) {
        BigDecimal[] breaks = breaks(values);
        String hiddenFill = "url(#" + escape(id) + "-hidden)";
        String[] box = outlines.viewBox().split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        double legendWidth = 190;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ")
                .append(width + legendWidth).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title\" class=\"pattern-map\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(words.title())).append("</title>");
        svg.append("<defs><pattern id=\"").append(escape(id)).append("-hidden\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ddd\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#888\" stroke-width=\"2\"/></pattern></defs>");
        svg.append("<g class=\"states\" stroke=\"#fff\" stroke-width=\"0.6\">");
        for (Shape shape : outlines.shapes()) {
            Value value = values.get(shape.id());
            String fill;
            String css;
            if (value == null) {
                fill = EMPTY;
                css = "state empty";
            } else if (value.hidden()) {
                fill = hiddenFill;
                css = "state hidden";
            } else if (value.number() == null) {
                fill = EMPTY;
                css = "state empty";
            } else {
                int shade = shadeOf(value.number(), breaks);
                fill = SHADES[shade];
                css = "state shaded shade-" + shade;
            }
            String name = names.getOrDefault(shape.id(), shape.name());
            svg.append("<path class=\"").append(css).append("\" data-state=\"").append(escape(shape.id()))
                    .append("\" fill=\"").append(fill).append("\" d=\"").append(shape.path()).append("\"><title>")
                    .append(escape(name)).append(": ")
                    .append(escape(value == null ? words.none() : value.label())).append("</title></path>");
        }
        svg.append("</g>");
        legend(svg, width + 20, breaks, hiddenFill, words);
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** The legend beside the map at {@code x}: the unit, the five classes, hidden, nothing. */
    private static void legend(StringBuilder svg, double x, BigDecimal[] breaks, String hiddenFill, Words words) {
        double y = 30;
        svg.append("<g class=\"legend\" font-size=\"13\" font-family=\"sans-serif\">");
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\">").append(escape(words.unit()))
                .append("</text>");
        BigDecimal lower = BigDecimal.ZERO;
        for (int i = 0; i < SHADES.length; i++) {
            y += 26;
            svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(y - 14)
                    .append("\" width=\"22\" height=\"16\" fill=\"").append(SHADES[i]).append("\"/><text x=\"")
                    .append(x + 30).append("\" y=\"").append(y).append("\">").append(lower.toPlainString()).append(" – ")
                    .append(breaks[i].toPlainString()).append("</text></g>");
            lower = breaks[i];
        }
        y += 26;
        svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(y - 14)
                .append("\" width=\"22\" height=\"16\" fill=\"").append(hiddenFill).append("\"/><text x=\"").append(x + 30)
                .append("\" y=\"").append(y).append("\">").append(escape(words.hidden())).append("</text></g>");
        y += 26;
        svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(y - 14)
                .append("\" width=\"22\" height=\"16\" fill=\"").append(EMPTY).append("\" stroke=\"#bbb\"/><text x=\"")
                .append(x + 30).append("\" y=\"").append(y).append("\">").append(escape(words.none())).append("</text></g>");
    }

    /** The values keyed as the outlines are, in insertion order. */
    public static Map<String, Value> values() {
        return new LinkedHashMap<>();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
