package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.ChatMember;
import com.pengrad.telegrambot.request.GetChatMember;
import com.pengrad.telegrambot.response.GetChatMemberResponse;
import io.briefbot.chat.ChatAdmins;
import io.briefbot.chat.ChatPermissions;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Platform;
import io.briefbot.chat.RememberedAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * In a private chat the user manages it; in groups, supergroups and channels its creator and administrators
 * do, as getChatMember says (remembered for a minute). When Telegram cannot say, the answer is no.
 */
@ApplicationScoped
public class TelegramChatAdmins implements ChatPermissions {

    private static final Logger LOG = Logger.getLogger(TelegramChatAdmins.class);
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

    private final TelegramSender sender;
    private final RememberedAnswers<String> admins;

    public TelegramChatAdmins(TelegramSender sender, Clock clock) {
        this.sender = sender;
        this.admins = new RememberedAnswers<>(REMEMBERED_FOR, clock);
    }

    /** BRIEFBOT_ADMINS, for the chat core. */
    @Produces
    @Singleton
    static ChatAdmins admins(TelegramConfig settings) {
        return new ChatAdmins(Platform.TELEGRAM, settings.admins().orElse(Set.of()));
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public boolean mayManage(ChatRequest request) {
        if (request.userId() == null || request.chatId() == null) {
            return false;
        }
        // A private chat's id is its user's id.
        if (request.chatId().equals(request.userId())) {
            return true;
        }
        return admins.answer(request.chatId() + "/" + request.userId(), () -> ask(request.chatId(), request.userId()));
    }

    private Optional<Boolean> ask(String chatId, String userId) {
        long chat;
        long user;
        try {
            chat = Long.parseLong(chatId);
            user = Long.parseLong(userId);
        } catch (NumberFormatException e) {
            LOG.warnf("Not a Telegram chat or user id: chat %s, user %s", chatId, userId);
            return Optional.empty();
        }
        TelegramSender.Attempt<GetChatMemberResponse> attempt = sender.withRetries(new GetChatMember(chat, user));
        if (!attempt.ok() || attempt.response().chatMember() == null) {
            LOG.warnf("Telegram getChatMember for user %d in chat %d failed (%s); not letting them manage the chat",
                    user, chat, attempt.error());
            return Optional.empty();
        }
        ChatMember.Status status = attempt.response().chatMember().status();
        return Optional.of(status == ChatMember.Status.creator || status == ChatMember.Status.administrator);
    }
}
