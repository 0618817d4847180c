package org.jornada.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: switches the {@link FakeTextSender} ({@code POST mode=OFF|OK|FAIL}) and
 * lists what it sent, one text a line as "medium e164 text" with line breaks as " | "
 * ({@code GET}), with the count of failed sends first.
 */
@WebServlet("/test-support/texts")
public class TextSenderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @FakeTextSender.Fake
    transient FakeTextSender texts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        texts.mode(FakeTextSender.Mode.valueOf(request.getParameter("mode")));
        response.setStatus(204);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder out = new StringBuilder("failures " + texts.failures() + "\n");
        texts.sent().forEach(s -> out.append(s.medium()).append(' ').append(s.e164()).append(' ')
                .append(s.text().replace("\n", " | ")).append('\n'));
        response.getWriter().write(out.toString());
    }
}
