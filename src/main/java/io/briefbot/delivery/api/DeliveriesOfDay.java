package io.briefbot.delivery.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The deliveries of a day's issues: what went out, what is still to go (pending or being sent), what did not (failed,
 * the chat gone, the chat no longer admitted by the allow-lists).
 */
public record DeliveriesOfDay(LocalDate date, List<DeliveryJson> sent, List<DeliveryJson> pending, List<DeliveryJson> failed,
                              List<DeliveryJson> gone, List<DeliveryJson> forbidden) {
}
