package dev.dsu.runtime.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The control endpoint of a running program: a Unix domain socket that only its owner can use
 * (the socket file is created rw------- inside a private umask). One request per connection, one
 * line: {@code update<TAB>PATH[<TAB>PATCH-SPEC]}; the answer is the update report, ending with a line "OK" or
 * "REFUSED reason".
 */
public final class ControlEndpoint implements AutoCloseable {
    /** Carries out a request; returns the report (last line OK or REFUSED ...). Blocks until done. */
    @FunctionalInterface
    public interface Handler {
        String update(Path newVersion, Path patch) throws InterruptedException;
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;

    private ControlEndpoint(Path socket, ServerSocketChannel server, Handler handler) {
        this.socket = socket;
        this.server = server;
        this.acceptor = new Thread(() -> serve(handler), "dsu-control");
        this.acceptor.setDaemon(true);
    }

    public static ControlEndpoint open(Path socket, Handler handler) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        ControlEndpoint endpoint = new ControlEndpoint(socket, server, handler);
        endpoint.acceptor.start();
        return endpoint;
    }

    private void serve(Handler handler) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String request = readLine(client);
                String answer;
                String[] words = request.trim().split("\t");
                if (words.length >= 2 && words.length <= 3 && words[0].equals("update")) {
                    answer = handler.update(Path.of(words[1]), words.length == 3 ? Path.of(words[2]) : null);
                } else {
                    answer = "REFUSED unknown request '" + request + "' (expected: update, a tab, a path)";
                }
                client.write(ByteBuffer.wrap((answer.endsWith("\n") ? answer : answer + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                if (!server.isOpen()) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String readLine(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        StringBuilder line = new StringBuilder();
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                char c = (char) buffer.get();
                if (c == '\n') {
                    return line.toString();
                }
                line.append(c);
            }
            buffer.clear();
        }
        return line.toString();
    }

    /** The client side, for `dsu update`: sends one request and returns the whole answer. */
    public static String request(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.shutdownOutput();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
