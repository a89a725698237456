package org.passerelle;

import org.passerelle.content.ContentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PasserelleApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PasserelleApplication.class);
        if (ContentCommand.isCommand(args)) {
            // import/export run without the web server and exit with the command's status
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
