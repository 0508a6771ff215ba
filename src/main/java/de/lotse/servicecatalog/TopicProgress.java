package de.lotse.servicecatalog;

/**
 * How far the municipality's services of one Themenfeld are online.
 *
 * @param servicesByLevel how many services are at each level of the municipality's maturity model (index = level)
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

    /** How many are online, i.e. at level 3 or higher. */
    public int online() {
        int sum = 0;
        for (int level = MaturityModel.ONLINE_LEVEL; level < servicesByLevel.length; level++) {
            sum += servicesByLevel[level];
        }
        return sum;
    }

    /** The share of all cases that came in online, in percent, or {@code null} without case numbers. */
    public Integer digitalShare() {
        return casesOnline + casesOffline == 0 ? null : Math.round(100f * casesOnline / (casesOnline + casesOffline));
    }
}
