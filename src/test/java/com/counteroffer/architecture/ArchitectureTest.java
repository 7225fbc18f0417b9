package com.counteroffer.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.counteroffer.store.StoreException;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and offline rules of docs/architecture.md, checked on the compiled code. */
class ArchitectureTest {

    /** The classes that compute answers; only the application services call them. */
    private static final DescribedPredicate<JavaClass> ENGINES = simpleName("CompensationEngine")
            .or(simpleName("CompareEngine")).or(simpleName("OfferTakeHome")).or(simpleName("MarketPositionEngine"))
            .or(simpleName("CounterPlanner")).or(simpleName("TalkingPoints")).or(simpleName("ScriptRenderer"))
            .or(simpleName("TaxEngine")).or(simpleName("ProfileAdjustments")).or(simpleName("Leaders"))
            .as("an engine");

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
                // The class-data tools run as their own processes (image build, background archive rewrite).
                .and().resideOutsideOfPackage("com.counteroffer.app.cds..")
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

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("com.counteroffer.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("com.counteroffer..")
                .layer("Launcher").definedBy("com.counteroffer.app..")
                .layer("Screens").definedBy("com.counteroffer.ui..")
                .layer("Command line").definedBy("com.counteroffer.cli..")
                .layer("Report").definedBy("com.counteroffer.report..")
                .layer("Services").definedBy("com.counteroffer.service..")
                .layer("Store").definedBy("com.counteroffer.store..")
                .layer("Files").definedBy("com.counteroffer.data..")
                .layer("Domain").definedBy("com.counteroffer.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Command line").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Screens", "Command line", "Launcher")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens", "Command line", "Report", "Launcher")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "Launcher", "Command line")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Services", "Store")
                .check(classes);
    }

    @Test
    void screensCommandsAndTheReportAskTheServicesNotTheStoreOrTheEngines() {
        noClasses().that().resideInAnyPackage("com.counteroffer.ui..", "com.counteroffer.cli..",
                        "com.counteroffer.report..")
                .should().dependOnClassesThat(resideInAnyPackage("com.counteroffer.store..", "com.counteroffer.data..")
                        .and(not(belongToAnyOf(StoreException.class))))
                .orShould().dependOnClassesThat(ENGINES)
                .because("one source of truth: every answer comes from an application service, so the window, "
                        + "the command line and the report cannot assemble it differently")
                .check(classes);
    }
}
