package dev.needle.adapter.interchange.yaml;

/** What a Needle YAML file holds: a hand-written plan or a full backup, told apart by its header. */
public sealed interface YamlDocument permits PlanFile, BackupFile {
}
