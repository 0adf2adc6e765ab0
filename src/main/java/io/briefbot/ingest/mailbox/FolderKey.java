package io.briefbot.ingest.mailbox;

/**
 * One life of a mailbox folder: its UIDs stay valid as long as its UIDVALIDITY does. When a server renumbers a
 * folder, its messages are new to briefbot, and those already stored come back as duplicates.
 */
public record FolderKey(String mailbox, long uidValidity) {
}
