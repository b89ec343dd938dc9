package dev.needle.application.service;

import dev.needle.application.port.in.FindPeopleAtCompanyUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds who works at a company and who you met through them. */
public final class FindPeopleAtCompanyService implements FindPeopleAtCompanyUseCase {
    private final ContactStore contacts;

    public FindPeopleAtCompanyService(ContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public PeopleAtCompany peopleAt(String company) {
        List<Contact> everyone = contacts.findAll();
        List<Contact> working = everyone.stream().filter(c -> c.worksAt(company)).toList();
        Set<ContactId> insiders = working.stream().map(Contact::id).collect(Collectors.toSet());
        List<Contact> metThrough = everyone.stream()
                .filter(c -> !insiders.contains(c.id()))
                .filter(c -> c.origin().introducedBy().filter(insiders::contains).isPresent())
                .toList();
        return new PeopleAtCompany(company, working, metThrough);
    }
}
