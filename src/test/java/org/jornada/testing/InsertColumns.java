package org.jornada.testing;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns a JPA entity maps and the columns a hand-written multi-row INSERT names, so that a
 * batch writer and the entity it writes for cannot drift apart unseen.
 */
public final class InsertColumns {

    private InsertColumns() {
    }

    /** The columns of the entity's own table: every persistent field's {@code @Column} name or its field name. */
    public static Set<String> mappedBy(Class<?> entity) {
        Set<String> columns = new TreeSet<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                    || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(ElementCollection.class)
                    || field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
            columns.add(name.toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    /** The column list of {@code INSERT INTO t (a, b, ...) VALUES}, in order. */
    public static List<String> namedBy(String insert) {
        String list = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
        List<String> columns = new ArrayList<>();
        Arrays.stream(list.split(",")).map(c -> c.strip().toLowerCase(Locale.ROOT)).forEach(columns::add);
        return columns;
    }

    /** How many values one row template {@code (?, ?, NULL, 0)} gives. */
    public static int valuesIn(String row) {
        return row.strip().replaceAll("^\\(|\\)$", "").split(",").length;
    }
}
