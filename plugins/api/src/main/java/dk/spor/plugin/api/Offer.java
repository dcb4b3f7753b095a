package dk.spor.plugin.api;

/**
 * Something a sector offers staff of one attitude type: an exercise, a room, a format, a conversation.
 *
 * @param key         stable kebab-case key, unique within the sector
 * @param title       a short title
 * @param description what it is and why it helps this attitude type
 */
public record Offer(String key, Text title, Text description) {

    public Offer {
        PluginApi.requireKebabCase(key, "offer key");
        if (title == null || description == null) {
            throw new IllegalArgumentException("offer " + key + " needs a title and a description");
        }
    }
}
