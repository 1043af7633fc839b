package dev.dsu.language.text;

import java.math.BigInteger;
import java.util.List;

import dev.dsu.language.ir.IrReadException;

/** A position in the token list with the small helpers every sub-parser needs. */
final class Cursor {
    private final List<Token> tokens;
    private final String sourceName;
    int pos;

    Cursor(List<Token> tokens, String sourceName) {
        this.tokens = tokens;
        this.sourceName = sourceName;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        int p = Math.min(pos + ahead, tokens.size() - 1);
        return tokens.get(p);
    }

    Token at(int index) {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean atEof() {
        return peek().kind() == Token.Kind.EOF;
    }

    IrReadException error(String expected) {
        return errorAt(peek(), expected);
    }

    IrReadException errorAt(Token t, String message) {
        return new IrReadException(sourceName + ":" + t.where() + ": " + message + " (found " + t.describe() + ")");
    }

    boolean acceptPunct(String p) {
        if (peek().isPunct(p)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String k) {
        if (peek().isKeyword(k)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectPunct(String p) {
        if (!acceptPunct(p)) {
            throw error("expected '" + p + "'");
        }
    }

    void expectKeyword(String k) {
        if (!acceptKeyword(k)) {
            throw error("expected '" + k + "'");
        }
    }

    Token expect(Token.Kind kind, String what) {
        if (peek().kind() != kind) {
            throw error("expected " + what);
        }
        return next();
    }

    String keyword(String what) {
        return expect(Token.Kind.KEYWORD, what).text();
    }

    long integer(String what) {
        Token t = expect(Token.Kind.INTEGER, what);
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            BigInteger b = new BigInteger(t.text());
            if (b.bitLength() <= 64) {
                return b.longValue();
            }
            throw errorAt(t, "integer out of range");
        }
    }

    String string(String what) {
        return expect(Token.Kind.STRING, what).text();
    }

    /** Skips one balanced bracket group starting at the current opening bracket. */
    void skipGroup() {
        int depth = 0;
        do {
            Token t = next();
            if (t.kind() == Token.Kind.EOF) {
                throw errorAt(t, "unbalanced brackets");
            }
            if (t.kind() == Token.Kind.PUNCT) {
                switch (t.text()) {
                    case "(", "[", "{", "<" -> depth++;
                    case ")", "]", "}", ">" -> depth--;
                    default -> {
                    }
                }
            }
        } while (depth > 0);
    }

    static boolean isOpen(Token t) {
        return t.kind() == Token.Kind.PUNCT && ("(".equals(t.text()) || "[".equals(t.text()) || "{".equals(t.text()) || "<".equals(t.text()));
    }
}
