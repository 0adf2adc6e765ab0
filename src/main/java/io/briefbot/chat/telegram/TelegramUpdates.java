package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.PictureReply;
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
    private final RecentUpdateIds seen = new RecentUpdateIds(10_000);
    private final WebhookBodies webhookBodies = new WebhookBodies();

    public TelegramUpdates(CommandRouter router, TelegramRenderer renderer, ChatAccess access, BotIdentity identity) {
        this.router = router;
        this.renderer = renderer;
        this.access = access;
        this.identity = identity;
    }

    /** The answer to an update; empty when there is nothing to answer (or it was answered before). */
    @ActivateRequestContext
    public Optional<Outbound> handle(Update update) {
        return firstTime(update) ? answer(update) : Optional.empty();
    }

    /** False for an update without id or one seen before (a redelivery): it is not answered again. */
    public boolean firstTime(Update update) {
        return update.updateId() != null && firstTime(update.updateId());
    }

    /** {@link #firstTime(Update)} by the update's id alone. */
    boolean firstTime(int updateId) {
        return seen.add(updateId);
    }

    /** Whether the update with this id was handled already; {@link #firstTime} is what records it. */
    public boolean seenBefore(int updateId) {
        return seen.contains(updateId);
    }

    /** The answer to an update seen for the {@link #firstTime}; it may read the archive. */
    @ActivateRequestContext
    public Optional<Outbound> answer(Update update) {
        if (update.callbackQuery() != null) {
            return Optional.of(pressed(update.callbackQuery()));
        }
        Message message = update.message();
        return message == null || message.chat() == null ? Optional.empty() : typed(TypedMessage.of(update.updateId(), message), false);
    }

    /**
     * The answer to a typed command whose reply is in memory, made without the archive and so on any
     * thread; empty when {@link #answer} is needed (button presses, replies to read, nothing to answer).
     */
    public Optional<Outbound> ready(Update update) {
        Message message = update.message();
        return update.callbackQuery() != null || message == null || message.chat() == null
                ? Optional.empty()
                : ready(TypedMessage.of(update.updateId(), message));
    }

    /** {@link #ready(Update)} for a message read without the library's model. */
    Optional<Outbound> ready(TypedMessage message) {
        return typed(message, true);
    }

    private Optional<Outbound> typed(TypedMessage message, boolean fromMemory) {
        boolean privateChat = message.privateChat();
        Optional<String> earlierQuestion = AnswerText.question(message.replyTo(), identity.username());
        Optional<String> command = earlierQuestion.isPresent() && message.text() != null && !message.text().isBlank()
                ? Optional.of(message.text().strip())
                : CommandText.of(message.text(), privateChat, identity.username());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        long chatId = message.chatId();
        Long threadId = message.threadId();
        if (!access.allows(chatId)) {
            return access.firstRefusal(chatId) ? Optional.of(notEnabled(chatId, threadId, List.of())) : Optional.empty();
        }
        ChatRequest request = request(chatId, threadId, message.fromId(), command.get());
        Optional<Reply> reply;
        if (fromMemory) {
            // a follow-up is a question, whatever its words: never a command answered from memory
            reply = earlierQuestion.isPresent() ? Optional.empty() : router.ready(request);
        } else {
            reply = Optional.of(earlierQuestion.isPresent() ? router.handleFollowUp(request, earlierQuestion.get())
                    : privateChat ? router.handleConversation(request) : router.handle(request));
        }
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        List<TelegramMessage> messages = renderer.render(reply.get());
        // a picture is uploaded, which a webhook response cannot do
        if (messages.size() == 1 && messages.get(0).picture() == null) {
            TelegramMessage only = messages.get(0);
            return Optional.of(Outbound.oneMessage(chatId, webhookBodies.of(chatId, threadId, only),
                    () -> TelegramRequests.send(chatId, threadId, only)));
        }
        List<Outbound.Call> calls = new ArrayList<>();
        for (TelegramMessage rendered : messages) {
            calls.add(Outbound.Call.of(TelegramRequests.post(chatId, threadId, rendered)));
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
        Long threadId = TypedMessage.topicOf(pressed);
        if (!access.allows(chatId)) {
            return access.firstRefusal(chatId)
                    ? notEnabled(chatId, threadId, List.of(acknowledgement))
                    : new Outbound(chatId, List.of(acknowledgement));
        }
        List<Outbound.Call> calls = new ArrayList<>(List.of(acknowledgement));
        try {
            Reply reply = router.handle(request(chatId, threadId, query.from() == null ? null : query.from().id(), query.data()));
            List<TelegramMessage> messages = renderer.render(reply);
            if (messages.size() == 1 && navigates(reply)) {
                TelegramMessage only = messages.get(0);
                calls.add(new Outbound.Call(TelegramRequests.edit(chatId, pressed.messageId(), only),
                        TelegramRequests.send(chatId, threadId, only)));
            } else {
                messages.forEach(message -> calls.add(Outbound.Call.of(TelegramRequests.post(chatId, threadId, message))));
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
        return !(reply instanceof ArticleReply) && !(reply instanceof NoticeReply) && !(reply instanceof PictureReply);
    }

    private static ChatRequest request(long chatId, Long threadId, Long fromId, String commandLine) {
        String userId = fromId == null ? null : Long.toString(fromId);
        String topic = threadId == null ? null : Long.toString(threadId);
        return new ChatRequest(Platform.TELEGRAM, null, Long.toString(chatId), userId, commandLine, topic);
    }

    private Outbound notEnabled(long chatId, Long threadId, List<Outbound.Call> before) {
        NoticeReply notice = new NoticeReply(NoticeReply.Kind.DENIED, "This chat (id " + chatId + ") is not enabled for briefbot. "
                + "An admin must add its id to BRIEFBOT_TELEGRAM_CHATS.", List.of());
        List<Outbound.Call> calls = new ArrayList<>(before);
        renderer.render(notice).forEach(message -> calls.add(Outbound.Call.of(TelegramRequests.send(chatId, threadId, message))));
        return new Outbound(chatId, calls);
    }
}
