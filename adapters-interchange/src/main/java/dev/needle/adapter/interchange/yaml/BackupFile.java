package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.Backup;

/** A backup file as read. */
public record BackupFile(Backup backup) implements YamlDocument {
}
