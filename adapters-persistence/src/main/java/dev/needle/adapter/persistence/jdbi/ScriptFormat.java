package dev.needle.adapter.persistence.jdbi;

import java.util.Locale;

/**
 * How a backup script is stored. A plain database gets a zip; an encrypted one gets its script
 * encrypted with the same file password (H2 then needs block compression, DEFLATE, instead of zip), so
 * a backup never holds in the clear what the database keeps encrypted.
 */
final class ScriptFormat {
    static final ScriptFormat PLAIN = new ScriptFormat(null);

    /** The file half of H2's "filePassword userPassword"; null for a plain database. */
    private final String filePassword;

    private ScriptFormat(String filePassword) {
        this.filePassword = filePassword;
    }

    static ScriptFormat of(Login login) {
        boolean encrypted = login.isH2() && login.url().toUpperCase(Locale.ROOT).contains(";CIPHER=AES");
        return encrypted ? encrypted(login.password()) : PLAIN;
    }

    /** For a database opened with {@code password} = "filePassword userPassword". */
    static ScriptFormat encrypted(String password) {
        int space = password == null ? -1 : password.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("an encrypted H2 database needs a password of the form \"file user\"");
        }
        return new ScriptFormat(password.substring(0, space));
    }

    boolean isEncrypted() {
        return filePassword != null;
    }

    /** The end of a SCRIPT TO or RUNSCRIPT FROM statement. */
    String clause() {
        return filePassword == null ? " COMPRESSION ZIP"
                : " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + filePassword.replace("'", "''") + "'";
    }

    /** The file name ending that tells the two kinds apart. */
    String suffix() {
        return filePassword == null ? ".zip" : ".aes";
    }

    @Override
    public String toString() {
        return isEncrypted() ? "ScriptFormat[encrypted]" : "ScriptFormat[zip]";
    }
}
