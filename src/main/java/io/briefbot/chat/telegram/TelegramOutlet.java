package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import io.briefbot.delivery.ChatMoved;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Outlet;
import io.briefbot.delivery.Pace;
import io.briefbot.delivery.Posting;
import io.briefbot.format.Reply;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.format.telegram.TelegramRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;

/**
 * Posts to Telegram chats and forum topics, one Bot API call per message, with no retries of its own.
 * A group upgraded to a supergroup answers every call with the supergroup's id: the call is made once more
 * there and a {@link ChatMoved} event tells delivery to keep the chat under its new id.
 */
@ApplicationScoped
public class TelegramOutlet implements Outlet<TelegramMessage> {

    private static final Logger LOG = Logger.getLogger(TelegramOutlet.class);

    /** Telegram's broadcast limit: about 30 messages a second over all chats. */
    static final double MESSAGES_PER_SECOND = 30;
    static final Duration PRIVATE_CHAT_GAP = Duration.ofSeconds(1);
    /** 20 messages a minute to one group, supergroup or channel (negative ids). */
    static final Duration GROUP_GAP = Duration.ofSeconds(3);

    private static final int FORBIDDEN = 403;
    private static final int BAD_REQUEST = 400;
    // Bad Request descriptions that mean the bot cannot post to this chat or topic any more.
    private static final List<String> GONE_DESCRIPTIONS = List.of("chat not found", "message thread not found",
            "have no rights to send a message", "not enough rights to send text messages");
    private static final String NOT_MODIFIED = "message is not modified";

    private final TelegramSender sender;
    private final TelegramRenderer renderer;
    private final ChatAccess access;
    private final Event<ChatMoved> moved;

    public TelegramOutlet(TelegramSender sender, TelegramRenderer renderer, ChatAccess access, Event<ChatMoved> moved) {
        this.sender = sender;
        this.renderer = renderer;
        this.access = access;
        this.moved = moved;
    }

    @Override
    public String platform() {
        return "telegram";
    }

    @Override
    public Pace pace(Destination to) {
        return new Pace(MESSAGES_PER_SECOND, isGroup(to) ? GROUP_GAP : PRIVATE_CHAT_GAP);
    }

    @Override
    public Optional<String> refusal(Destination to, String workspace) {
        return access.refusal(Long.parseLong(to.chatId()));
    }

    @Override
    public List<TelegramMessage> render(Destination to, Reply reply) {
        return renderer.render(reply);
    }

    @Override
    public Posting send(Destination to, TelegramMessage message) {
        Long thread = to.threadId() == null ? null : Long.parseLong(to.threadId());
        return post(to, chat -> TelegramRequests.post(chat, thread, message), null);
    }

    @Override
    public Posting edit(Destination to, String messageId, TelegramMessage message) {
        int id = Integer.parseInt(messageId);
        return post(to, chat -> TelegramRequests.edit(chat, id, message), messageId);
    }

    /** @param editedId the message being edited; null for a new message */
    private Posting post(Destination to, LongFunction<BaseRequest<?, ? extends BaseResponse>> request, String editedId) {
        long chat = Long.parseLong(to.chatId());
        TelegramSender.Attempt<? extends BaseResponse> attempt = sender.attempt(request.apply(chat));
        Optional<Long> supergroup = attempt.migratedTo();
        if (!attempt.ok() && supergroup.isPresent()) {
            LOG.infof("Telegram group %d is now supergroup %d; posting there", chat, supergroup.get());
            moved.fire(new ChatMoved(platform(), to.chatId(), Long.toString(supergroup.get())));
            Optional<String> refusal = access.refusal(supergroup.get());
            if (refusal.isPresent()) {
                return Posting.forbidden(refusal.get());
            }
            attempt = sender.attempt(request.apply(supergroup.get()));
        }
        return posting(attempt, editedId);
    }

    private static Posting posting(TelegramSender.Attempt<? extends BaseResponse> attempt, String editedId) {
        if (attempt.ok()) {
            return Posting.sent(editedId != null ? editedId : sentId(attempt.response()));
        }
        String error = attempt.error();
        if (attempt.rateLimited()) {
            return Posting.retryAfter(attempt.retryAfter(), error);
        }
        if (editedId != null && attempt.refused() && error.contains(NOT_MODIFIED)) {
            return Posting.sent(editedId);
        }
        if (attempt.errorCode() == FORBIDDEN || attempt.errorCode() == BAD_REQUEST && mentionsGone(error)) {
            return Posting.gone(error);
        }
        return Posting.failed(error);
    }

    private static boolean mentionsGone(String error) {
        String lower = error.toLowerCase();
        return GONE_DESCRIPTIONS.stream().anyMatch(lower::contains);
    }

    private static String sentId(BaseResponse response) {
        return Integer.toString(((SendResponse) response).message().messageId());
    }

    /** Groups, supergroups and channels have negative ids; users' private chats positive ones. */
    private static boolean isGroup(Destination to) {
        return to.chatId().startsWith("-");
    }
}
