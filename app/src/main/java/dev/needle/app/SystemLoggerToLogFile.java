package dev.needle.app;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's own loggers ({@code System.Logger}), handed to slf4j and so to the log file, found by the JDK
 * through {@code META-INF/services}. Without it they go through java.util.logging, which then has to
 * start; on JDK 21 and later every {@code System.exit} asks for one, so every run started it on its way out.
 */
public final class SystemLoggerToLogFile extends System.LoggerFinder {
    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ToSlf4j(name);
    }

    /** One JDK logger; slf4j is asked for its logger only when a level or a record is wanted. */
    private static final class ToSlf4j implements System.Logger {
        private final String name;
        private Logger log;

        ToSlf4j(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        private Logger log() {
            if (log == null) {
                log = LoggerFactory.getLogger(name);
            }
            return log;
        }

        @Override
        public boolean isLoggable(Level level) {
            return switch (level) {
                case ALL, TRACE -> log().isTraceEnabled();
                case DEBUG -> log().isDebugEnabled();
                case INFO -> log().isInfoEnabled();
                case WARNING -> log().isWarnEnabled();
                case ERROR -> log().isErrorEnabled();
                case OFF -> false;
            };
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                write(level, localized(bundle, message), thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String pattern = localized(bundle, format);
                write(level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params), null);
            }
        }

        private void write(Level level, String text, Throwable thrown) {
            switch (level) {
                case ALL, TRACE -> log().trace(text, thrown);
                case DEBUG -> log().debug(text, thrown);
                case INFO -> log().info(text, thrown);
                case WARNING -> log().warn(text, thrown);
                default -> log().error(text, thrown);
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            if (bundle == null || key == null) {
                return String.valueOf(key);
            }
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }
}
