package dk.spor.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A real SMTP server (GreenMail) and a real CalDAV server (Radicale, installed from the OS packages). */
public final class RealPeers {

    private RealPeers() {
    }

    public static GreenMail smtp() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /**
     * A mail server that takes mail over SMTP and serves mailboxes over IMAP, with the organiser's mailbox (the one
     * Spor reads answers from) as a user.
     */
    public static GreenMail mailWithImap(String organizer, String password) {
        GreenMail mail = new GreenMail(new ServerSetup[]{
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(organizer, organizer, password);
        return mail;
    }

    public static Process radicale(int port) throws IOException {
        Path storage = Files.createTempDirectory("radicale");
        Process process = new ProcessBuilder("radicale", "--server-hosts", "127.0.0.1:" + port,
                "--storage-filesystem-folder", storage.toString(), "--auth-type", "none",
                "--rights-type", "authenticated")
                .redirectErrorStream(true).redirectOutput(storage.resolve("radicale.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("Radicale did not start on port " + port
                + " (is the radicale package installed? see the README's prerequisites)");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
