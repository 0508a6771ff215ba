package de.lotse.servicecatalog;

/**
 * How far the municipality's services of one Themenfeld are online.
 *
 * @param servicesByLevel how many services are at maturity level 0 to 4 (index = level)
 * @param casesOnline cases that came in online in all of them, for the years recorded
 */
public record TopicProgress(int topicId, String topic, int[] servicesByLevel, long casesOnline, long casesOffline) {

    public int services() {
        int sum = 0;
        for (int count : servicesByLevel) {
            sum += count;
        }
        return sum;
    }

    /** The share of services at the given level, in percent. */
    public int percentAt(int level) {
        return services() == 0 ? 0 : Math.round(100f * servicesByLevel[level] / services());
    }

    /** How many are online, i.e. at level 3 or 4. */
    public int online() {
        return servicesByLevel[3] + servicesByLevel[4];
    }

    /** The share of all cases that came in online, in percent, or {@code null} without case numbers. */
    public Integer digitalShare() {
        return casesOnline + casesOffline == 0 ? null : Math.round(100f * casesOnline / (casesOnline + casesOffline));
    }
}
