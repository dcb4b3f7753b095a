package dk.spor.programme.application;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The templates a programme can be started from: the enabled sectors' module sequences. The plugin host offers them;
 * the programme, which the plugin host plans with, does not reach back into the plugins.
 */
public interface ProgrammeTemplates {

    /** A template as the new-programme page offers it: its id, its name in the page's language, how many modules. */
    record Template(String id, String name, int modules) {
    }

    /** The templates of the sectors enabled now, named in the locale. */
    List<Template> offered(Locale locale);

    /** A new draft programme from the template for the units; its modules come without dates. */
    UUID create(String templateId, String name, List<UUID> units, UUID actor);
}
