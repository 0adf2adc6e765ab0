package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.format.telegram.TelegramRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns an update, from the webhook or from polling, into the calls that answer it. Each update_id is
 * handled once: a bounded memory of recent ids catches Telegram's redeliveries, and across restarts
 * nothing is needed because Telegram does not redeliver updates it saw acknowledged.
 */
@ApplicationScoped
public class TelegramUpdates {

    private static final Logger LOG = Logger.getLogger(TelegramUpdates.class);

    private final CommandRouter router;
    private final TelegramRenderer renderer;
    private final ChatAccess access;
    private final BotIdentity identity;
    private final RecentKeys<Integer> seen = new RecentKeys<>(10_000);

    public TelegramUpdates(CommandRouter router, TelegramRenderer renderer, ChatAccess access, BotIdentity identity) {
        this.router = router;
        this.renderer = renderer;
        this.access = access;
        this.identity = identity;
    }

    /** The answer to an update; empty when there is nothing to answer (or it was answered before). */
    @ActivateRequestContext
    public Optional<Outbound> handle(Update update) {
        if (update.updateId() == null || !seen.add(update.updateId())) {
            return Optional.empty();
        }
        if (update.callbackQuery() != null) {
            return Optional.of(pressed(update.callbackQuery()));
        }
        Message message = update.message();
        return message == null || message.chat() == null ? Optional.empty() : typed(message);
    }

    private Optional<Outbound> typed(Message message) {
        Chat chat = message.chat();
        boolean privateChat = chat.type() == Chat.Type.Private;
        Optional<String> earlierQuestion = AnswerText.question(message.replyToMessage(), identity.username());
        Optional<String> command = earlierQuestion.isPresent() && message.text() != null && !message.text().isBlank()
                ? Optional.of(message.text().strip())
                : CommandText.of(message.text(), privateChat, identity.username());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        long chatId = chat.id();
        Long threadId = topicOf(message);
        if (!access.allows(chatId)) {
            return access.firstRefusal(chatId) ? Optional.of(notEnabled(chatId, threadId, List.of())) : Optional.empty();
        }
        ChatRequest request = request(chatId, message.from(), command.get());
        Reply reply = earlierQuestion.isPresent() ? router.handleFollowUp(request, earlierQuestion.get())
                : privateChat ? router.handleConversation(request) : router.handle(request);
        List<Outbound.Call> calls = new ArrayList<>();
        for (TelegramMessage rendered : renderer.render(reply)) {
            calls.add(Outbound.Call.of(TelegramRequests.send(chatId, threadId, rendered)));
        }
        return Optional.of(new Outbound(chatId, calls));
    }

    /** A button press: always acknowledged, so the button stops spinning, even when answering fails. */
    private Outbound pressed(CallbackQuery query) {
        Outbound.Call acknowledgement = Outbound.Call.of(new AnswerCallbackQuery(query.id()));
        Message pressed = query.message();
        if (pressed == null || pressed.chat() == null || query.data() == null) {
            return new Outbound(query.from() == null ? 0 : query.from().id(), List.of(acknowledgement));
        }
        long chatId = pressed.chat().id();
        Long threadId = topicOf(pressed);
        if (!access.allows(chatId)) {
            return access.firstRefusal(chatId)
                    ? notEnabled(chatId, threadId, List.of(acknowledgement))
                    : new Outbound(chatId, List.of(acknowledgement));
        }
        List<Outbound.Call> calls = new ArrayList<>(List.of(acknowledgement));
        try {
            Reply reply = answer(chatId, query.from(), query.data());
            List<TelegramMessage> messages = renderer.render(reply);
            if (messages.size() == 1 && navigates(reply)) {
                TelegramMessage only = messages.get(0);
                calls.add(new Outbound.Call(TelegramRequests.edit(chatId, pressed.messageId(), only),
                        TelegramRequests.send(chatId, threadId, only)));
            } else {
                messages.forEach(message -> calls.add(Outbound.Call.of(TelegramRequests.send(chatId, threadId, message))));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Answering a button press in chat %d failed", chatId);
        }
        return new Outbound(chatId, calls);
    }

    /**
     * Whether a button's answer replaces the view it was pressed in (another page, issue or list). An
     * article is read beside the briefing it came from, and a notice must not wipe out the view.
     */
    private static boolean navigates(Reply reply) {
        return !(reply instanceof ArticleReply) && !(reply instanceof NoticeReply);
    }

    private Reply answer(long chatId, User from, String commandLine) {
        return router.handle(request(chatId, from, commandLine));
    }

    private static ChatRequest request(long chatId, User from, String text) {
        String userId = from == null ? null : Long.toString(from.id());
        return new ChatRequest(Platform.TELEGRAM, null, Long.toString(chatId), userId, text);
    }

    private Outbound notEnabled(long chatId, Long threadId, List<Outbound.Call> before) {
        NoticeReply notice = new NoticeReply(NoticeReply.Kind.DENIED, "This chat (id " + chatId + ") is not enabled for briefbot. "
                + "An admin must add its id to BRIEFBOT_TELEGRAM_CHATS.", List.of());
        List<Outbound.Call> calls = new ArrayList<>(before);
        renderer.render(notice).forEach(message -> calls.add(Outbound.Call.of(TelegramRequests.send(chatId, threadId, message))));
        return new Outbound(chatId, calls);
    }

    /** Forum topics: answers go to the topic the message is in. */
    private static Long topicOf(Message message) {
        return Boolean.TRUE.equals(message.isTopicMessage()) ? message.messageThreadId() : null;
    }
}
