package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import java.util.List;

/**
 * Who do I know at a company: everyone who works there (legal suffixes and case ignored), then
 * everyone you met through one of them; closed contacts included, since they still know people.
 */
public interface FindPeopleAtCompanyUseCase {
    PeopleAtCompany peopleAt(String company);

    record PeopleAtCompany(String company, List<Contact> working, List<Contact> metThrough) {
        public PeopleAtCompany {
            working = List.copyOf(working);
            metThrough = List.copyOf(metThrough);
        }
    }
}
