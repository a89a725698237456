package org.passerelle.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar passerelle.jar import <folder>} and {@code export <folder>}: run without the web
 * server, show a progress bar and a summary, and exit 0 on success, 1 on failure, 2 on misuse.
 */
@Component
@Profile("command")
public class ContentCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Set<String> COMMANDS = Set.of("import", "export");

    private final ContentImporter importer;
    private final ContentExporter exporter;
    private int exitCode;

    ContentCommand(ContentImporter importer, ContentExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = arguments.getNonOptionArgs();
        if (args.size() != 2 || !COMMANDS.contains(args.get(0))) {
            System.err.println("usage: java -jar passerelle.jar import|export <folder>");
            exitCode = 2;
            return;
        }
        Path folder = Path.of(args.get(1));
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(args.get(0)).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(100).continuousUpdate().build()) {
            ContentImporter.Progress progress = ContentImporter.Progress.of(bar::maxHint, bar::step);
            if (args.get(0).equals("import")) {
                ContentImporter.Report report = importer.importBundle(folder, progress);
                bar.close();
                System.out.println("Imported " + folder + ": " + report);
            } else {
                ContentExporter.Report report = exporter.export(folder, progress);
                bar.close();
                System.out.println("Exported " + report.territories() + " territories, " + report.entries()
                        + " entries and " + report.media() + " media files to " + folder);
            }
        } catch (Exception e) {
            System.err.println(args.get(0) + " failed: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
