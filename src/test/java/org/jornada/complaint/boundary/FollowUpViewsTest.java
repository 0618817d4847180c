package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.Messages;
import org.junit.jupiter.api.Test;

class FollowUpViewsTest {

    @Test
    void aRefusedFilesNameIsNotKeptAndItsMessageSaysTheFileWithoutAnEmptyName() {
        String stored = FollowUpViews.write(List.of(new FieldError("evidence", "error.file.unsupported", "nómina-mayo.txt"),
                new FieldError("evidence", "error.files.tooMany", 5)));
        assertFalse(stored.contains("nómina"), stored);
        List<FieldError> read = FollowUpViews.read(stored);
        assertEquals("error.file.unsupported.unnamed", read.get(0).messageKey());
        assertEquals("error.files.tooMany", read.get(1).messageKey());
        String shown = Messages.get(java.util.Locale.forLanguageTag("es"), read.get(0).messageKey(), read.get(0).args());
        assertFalse(shown.contains("«»"), shown);
        assertEquals("El archivo no es una foto, PDF o nota de voz que podamos recibir, o no pudimos borrarle los datos"
                + " ocultos (como la ubicación). No lo guardamos.", shown);
    }
}
