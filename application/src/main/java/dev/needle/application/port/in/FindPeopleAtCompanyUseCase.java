package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import java.util.List;

/**
 * Who do I know at a company: everyone who works there (legal suffixes and case ignored), then
 * everyone you met through one of them; closed contacts included, since they still know people.
 */
public interface FindPeopleAtCompanyUseCase {
    /**
     * Everyone at a company whose name {@code company} begins word by word ("Bluebird" finds
     * "Bluebird Foods"); those at a company of exactly that name first.
     */
    PeopleAtCompany peopleAt(String company);

    /** The company names the contacts work at that {@code typed} could mean, each spelled once, shortest first. */
    List<String> companiesMatching(String typed);

    record PeopleAtCompany(String company, List<Contact> working, List<Contact> metThrough) {
        public PeopleAtCompany {
            working = List.copyOf(working);
            metThrough = List.copyOf(metThrough);
        }
    }
}
