package org.jornada.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.entity.Role;

/**
 * Test deployments only: creates a staff account with a first password, as an administrator does
 * on the accounts page after signing in (an ADMIN API token may not give a role that reads cases);
 * with {@code token=true} also a bearer token for it, answered as "id token".
 * Never part of the shipped WAR: {@link Deployments#war} adds it for the browser tests.
 */
@WebServlet("/test-support/accounts")
public class TestAccountsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAccounts staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = staff.createAccount(request.getParameter("username"), Role.valueOf(request.getParameter("role")),
                request.getParameter("password"));
        response.setStatus(201);
        if ("true".equals(request.getParameter("token"))) {
            response.getWriter().write(account.getId() + " " + staff.issueToken(null, account.getId(), "test",
                    account.getRole()));
            return;
        }
        response.getWriter().write(Long.toString(account.getId()));
    }
}
