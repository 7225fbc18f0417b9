package com.counteroffer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and offline rules of docs/architecture.md, checked on the compiled code. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.counteroffer");
    }

    @Test
    void domainCodeUsesNeitherJavaFxNorJdbc() {
        ArchRule rule = noClasses().that().resideInAPackage("com.counteroffer.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.sqlite..", "com.counteroffer.store..", "com.counteroffer.ui..", "com.counteroffer.app..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void screensNeverTouchJdbc() {
        noClasses().that().resideInAPackage("com.counteroffer.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void nothingOpensANetworkConnection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..",
                        "java.nio.channels.spi..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("Counteroffer is offline by construction: private numbers never leave the machine")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndLauncherWriteToTheConsole() {
        noClasses().that().resideOutsideOfPackage("com.counteroffer.cli..")
                .and().doNotHaveFullyQualifiedName("com.counteroffer.app.Launcher")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the app logs or shows errors; only the command line prints")
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("errors are logged or shown to the user, not dumped on the console")
                .check(classes);
    }
}
