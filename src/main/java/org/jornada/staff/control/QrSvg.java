package org.jornada.staff.control;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as inline SVG, so that the TOTP secret it carries stays in the page and never
 * travels in an image URL.
 */
public final class QrSvg {

    private QrSvg() {
    }

    public static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"240\" height=\"240\" viewBox=\"0 0 "
                + size + " " + size + "\" shape-rendering=\"crispEdges\"><title>" + escape(label) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
