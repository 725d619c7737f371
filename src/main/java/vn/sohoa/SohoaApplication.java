package vn.sohoa;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring application behind every face of Sohoa (command line, and later the API and web
 * page). The command line in {@link vn.sohoa.faces.cli.Main} parses arguments first and starts this
 * context only for commands that need the stores.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SohoaApplication {
}
