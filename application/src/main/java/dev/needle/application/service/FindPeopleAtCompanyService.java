package dev.needle.application.service;

import dev.needle.application.port.in.FindPeopleAtCompanyUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.CompanyName;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Finds who works at a company and who you met through them. */
public final class FindPeopleAtCompanyService implements FindPeopleAtCompanyUseCase {
    private final ContactStore contacts;

    public FindPeopleAtCompanyService(ContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public PeopleAtCompany peopleAt(String company) {
        List<Contact> everyone = contacts.findAllListed();
        List<Contact> working = everyone.stream().filter(c -> CompanyName.matches(company, c.company()))
                .sorted(Comparator.comparing((Contact c) -> !c.worksAt(company))).toList();
        Set<ContactId> insiders = working.stream().map(Contact::id).collect(Collectors.toSet());
        List<Contact> metThrough = everyone.stream()
                .filter(c -> !insiders.contains(c.id()))
                .filter(c -> c.origin().introducedBy().filter(insiders::contains).isPresent())
                .toList();
        return new PeopleAtCompany(company, working, metThrough);
    }

    @Override
    public List<String> companiesMatching(String typed) {
        Map<String, String> byKey = new TreeMap<>();
        for (Contact c : contacts.findAllListed()) {
            if (CompanyName.matches(typed, c.company())) {
                byKey.putIfAbsent(CompanyName.key(c.company()), c.company().strip());
            }
        }
        return byKey.values().stream().sorted(Comparator.comparingInt(String::length)
                .thenComparing(String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
