package dev.dsu.bench;

import java.io.File;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs an LLVM bitcode file on Sulong (GraalVM's LLVM runtime), the way {@code lli} does:
 * {@code SulongRun prog.bc [args...]}; exits with main's status.
 */
public final class SulongRun {
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SulongRun prog.bc [args...]");
            System.exit(2);
        }
        File file = new File(args[0]);
        String[] programArgs = new String[args.length - 1];
        System.arraycopy(args, 1, programArgs, 0, programArgs.length);
        int status;
        try (Context context = Context.newBuilder("llvm")
                .allowAllAccess(true)
                .arguments("llvm", programArgs)
                .build()) {
            Source source = Source.newBuilder("llvm", file).build();
            Value result = context.eval(source);
            status = result.execute().asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                status = e.getExitStatus();
            } else {
                e.printStackTrace();
                status = 1;
            }
        }
        System.out.flush();
        System.exit(status);
    }
}
