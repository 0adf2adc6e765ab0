package io.briefbot.delivery;

import java.util.concurrent.atomic.AtomicInteger;

/** What a fan-out did, counted by its workers. */
final class Tally {

    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger edited = new AtomicInteger();
    final AtomicInteger retrying = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger gone = new AtomicInteger();
    final AtomicInteger forbidden = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
}
