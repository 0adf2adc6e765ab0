package io.briefbot.chat.telegram;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * What answering a message typed in a chat needs of it.
 *
 * @param threadId the forum topic it was written in; null outside topics
 * @param fromId   its sender; null when Telegram names none
 * @param replyTo  the message it replies to; null when it replies to none
 */
record TypedMessage(int updateId, long chatId, boolean privateChat, Long threadId, Long fromId, String text, Message replyTo) {

    static TypedMessage of(int updateId, Message message) {
        Chat chat = message.chat();
        return new TypedMessage(updateId, chat.id(), chat.type() == Chat.Type.Private, topicOf(message),
                message.from() == null ? null : message.from().id(), message.text(), message.replyToMessage());
    }

    /** Forum topics: answers go to the topic the message is in. */
    static Long topicOf(Message message) {
        return Boolean.TRUE.equals(message.isTopicMessage()) ? message.messageThreadId() : null;
    }

    /**
     * The message of a webhook body, read in one pass without the Bot API library's model, which is the most a
     * command answered from memory costs. Empty for anything that is not a plain message in a chat (a button
     * press, an edit, a reply, a body that is no update): {@link #of} reads those from the library's model.
     */
    static Optional<TypedMessage> read(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.beginObject();
            Integer updateId = null;
            Optional<TypedMessage> message = Optional.empty();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (reader.peek() == JsonToken.NULL) {
                    reader.skipValue();
                } else if (name.equals("update_id") && reader.peek() == JsonToken.NUMBER) {
                    updateId = reader.nextInt();
                } else if (name.equals("message")) {
                    message = readMessage(reader);
                    if (message.isEmpty()) {
                        return message;
                    }
                } else {
                    return Optional.empty();
                }
            }
            reader.endObject();
            if (updateId == null || message.isEmpty() || reader.peek() != JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
            return Optional.of(message.get().withUpdateId(updateId));
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TypedMessage withUpdateId(int id) {
        return new TypedMessage(id, chatId, privateChat, threadId, fromId, text, replyTo);
    }

    private static Optional<TypedMessage> readMessage(JsonReader reader) throws IOException {
        reader.beginObject();
        Long chatId = null;
        String chatType = null;
        Long threadId = null;
        boolean topic = false;
        Long fromId = null;
        String text = null;
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (reader.peek() == JsonToken.NULL) {
                reader.skipValue();
                continue;
            }
            switch (name) {
                case "chat" -> {
                    reader.beginObject();
                    while (reader.hasNext()) {
                        String field = reader.nextName();
                        if (field.equals("id") && reader.peek() != JsonToken.NULL) {
                            chatId = reader.nextLong();
                        } else if (field.equals("type") && reader.peek() != JsonToken.NULL) {
                            chatType = reader.nextString();
                        } else {
                            reader.skipValue();
                        }
                    }
                    reader.endObject();
                }
                case "from" -> fromId = idOf(reader);
                case "text" -> text = reader.nextString();
                case "message_thread_id" -> threadId = reader.nextLong();
                case "is_topic_message" -> topic = reader.nextBoolean();
                case "reply_to_message" -> {
                    return Optional.empty();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (chatId == null) {
            return Optional.empty();
        }
        return Optional.of(new TypedMessage(0, chatId, "private".equals(chatType), topic ? threadId : null, fromId, text, null));
    }

    private static Long idOf(JsonReader reader) throws IOException {
        Long id = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.nextName().equals("id") && reader.peek() != JsonToken.NULL) {
                id = reader.nextLong();
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return id;
    }
}
