package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule behind issue #23's 500 on {@code /rate}: what a worker page's view action loads is there
 * on a postback too, because {@link WorkerPostbacks} runs the view actions right after the view is
 * restored; a page that also asked for them on postback would load twice.
 */
class WorkerPostbacksTest {

    private static final Pattern VIEW_ACTION = Pattern.compile("<f:viewAction\\b[^>]*>");

    @Test
    void workerViewActionsAreLeftToWorkerPostbacksOnAPostback() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> WorkerPostbacks.isWorkerView("/" + Path.of("webapp").relativize(p).toString()
                            .replace('\\', '/')))
                    .toList();
        }
        assertTrue(pages.size() > 10, "worker pages found: " + pages);
        int seen = 0;
        for (Path page : pages) {
            Matcher action = VIEW_ACTION.matcher(Files.readString(page));
            while (action.find()) {
                seen++;
                assertFalse(action.group().contains("onPostback") || action.group().contains("phase=")
                        || action.group().contains("immediate"), page + ": WorkerPostbacks runs it first on a postback, "
                        + "the page must not run it again later: " + action.group());
            }
        }
        assertEquals(5, seen, "the view actions of the rate, rated, profile, wage-check and job-check pages");
    }

    @Test
    void staffUnionAndErrorPagesAreNotWorkerPages() {
        assertTrue(WorkerPostbacks.isWorkerView("/rate.xhtml"));
        assertTrue(WorkerPostbacks.isWorkerView("/rights/pay.xhtml"));
        assertFalse(WorkerPostbacks.isWorkerView("/staff/queue.xhtml"));
        assertFalse(WorkerPostbacks.isWorkerView("/union/rankings.xhtml"));
        assertFalse(WorkerPostbacks.isWorkerView("/errors/ajax.xhtml"));
    }
}
