package dev.needle.application.port.in;

/** Reads every record of every store in one consistent unit, for a backup or an export. */
public interface ExportBackupUseCase {
    Backup exportBackup();
}
