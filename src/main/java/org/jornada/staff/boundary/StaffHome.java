package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /staff/}: sends each role to where its work starts. */
@Named
@RequestScoped
public class StaffHome {

    @Inject
    CurrentStaff current;

    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String home = current.find().map(p -> SignInPage.home(p.role())).orElse("/staff/sign-in");
        external.redirect(external.getRequestContextPath() + home);
    }
}
