package org.alliancebrief.analysis;

import java.util.regex.Pattern;

/** The verbs and phrases with which news copy attributes words to a speaker. */
final class ReportingVerbs {
    private static final String VERBS = "said|says|say|saying|added|adds|adding|told|tells"
            + "|telling|noted|notes|noting|stressed|stresses|stressing|stated|states|warned|warns"
            + "|warning|explained|explains|replied|replies|replying|commented|comments|declared"
            + "|declares|insisted|insists|urged|urges|wrote|writes|tweeted|tweets|posted|asked"
            + "|asks|argued|argues|remarked|remarks|announced|announces|continued|continues"
            + "|concluded|concludes|underlined|underlines|underscored|underscores|emphasised"
            + "|emphasized|emphasises|emphasizes|observed|acknowledged|acknowledges|admitted"
            + "|recalled|affirmed|reaffirmed|pledged|vowed|agreed|cautioned|predicted|suggested"
            + "|responded|answered|claimed|claims|cited|quoted|quoting"
            + "|highlighted|highlights|welcomed|welcomes|called for|calls for|described|describes"
            + "|pointed out|points out|pointed(?: \\w+)? to|points to|referred to|listed|identified"
            + "|committed|promised|promises|reiterated|reiterates|confirmed|confirms|hailed"
            + "|according to|in the words of|put it";

    /** A reporting verb as a whole word, any case. */
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private ReportingVerbs() {}
}
