package dev.needle.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to connect and as whom. A PostgreSQL URL's {@code user=} and {@code password=} parameters are
 * taken out of the URL and passed to the driver separately, so the URL the driver (and Flyway, which
 * logs it) ever sees carries no password. Credentials in the URL win over those given beside it.
 * {@link #toString()} never shows the password.
 */
record Login(String url, String user, String password) {
    static Login of(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new Login(jdbcUrl, user, password);
        }
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return new Login(jdbcUrl, user, password);
        }
        String urlUser = null;
        String urlPassword = null;
        List<String> kept = new ArrayList<>();
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            String value = parameter.contains("=") ? decode(parameter.substring(parameter.indexOf('=') + 1)) : "";
            switch (name) {
                case "user" -> urlUser = value;
                case "password" -> urlPassword = value;
                default -> kept.add(parameter);
            }
        }
        String bare = jdbcUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Login(bare, urlUser != null ? urlUser : user, urlPassword != null ? urlPassword : password);
    }

    boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The text with every credential-bearing string replaced: the original URL and the password (and,
     * for an encrypted H2 file, each half of it). Used on driver messages before they go anywhere.
     */
    String scrub(String text, String originalUrl) {
        if (text == null) {
            return "";
        }
        String clean = text.replace(originalUrl, "<database URL>");
        if (password != null) {
            for (String secret : secretParts()) {
                // Very short secrets would garble every message; they are kept out of URLs above anyway.
                if (secret.length() >= 3) {
                    clean = clean.replace(secret, "***");
                }
            }
        }
        return clean;
    }

    private List<String> secretParts() {
        List<String> parts = new ArrayList<>(List.of(password));
        parts.addAll(List.of(password.split(" ")));
        return parts;
    }

    @Override
    public String toString() {
        return "Login[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
