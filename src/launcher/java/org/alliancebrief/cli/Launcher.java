package org.alliancebrief.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that an older JVM says in one line what it
 * needs instead of failing with UnsupportedClassVersionError; on Java 21+ it hands over to Main.
 */
public final class Launcher {
    private static final int NEEDED = 21;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int running = major(System.getProperty("java.specification.version", "0"));
        if (running < NEEDED) {
            System.err.println("alliance-brief: needs Java " + NEEDED + " or newer; this is Java "
                    + System.getProperty("java.specification.version") + " ("
                    + System.getProperty("java.home") + "). Set JAVA_HOME to a JDK " + NEEDED
                    + "+ or use the ./brief launcher, which finds one.");
            System.exit(69);
        }
        try {
            Class.forName("org.alliancebrief.cli.Main").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" is 8, "21" is 21. */
    static int major(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
