//! From the extractor's plain types to `greenroom.v1` messages.

use greenroom_extract as extract;
use greenroom_proto::v1;

/// Returns the wire form of one extracted event, taking its strings over.
pub fn event(event: extract::Event) -> v1::Event {
    use extract::EventDetails as D;
    let (kind, details) = match event.details {
        D::Award {
            recipients,
            category,
            work,
        } => (
            v1::EventKind::Award,
            v1::event::Details::Award(v1::Award {
                recipients: recipients.into_iter().map(entity_ref).collect(),
                category,
                work: work.map(entity_ref),
            }),
        ),
        D::Encounter {
            participants,
            setting,
        } => (
            v1::EventKind::Encounter,
            v1::event::Details::Encounter(v1::Encounter {
                participants: participants.into_iter().map(entity_ref).collect(),
                setting: setting.map_or(v1::EncounterSetting::Unspecified, encounter_setting)
                    as i32,
            }),
        ),
        D::Performance { performers, work } => (
            v1::EventKind::Performance,
            v1::event::Details::Performance(v1::Performance {
                performers: performers.into_iter().map(entity_ref).collect(),
                work: work.map(entity_ref),
            }),
        ),
        D::Record {
            holder,
            previous_holder,
            work,
            description,
        } => (
            v1::EventKind::Record,
            v1::event::Details::Record(v1::Record {
                holder: Some(entity_ref(holder)),
                previous_holder: previous_holder.map(entity_ref),
                work: work.map(entity_ref),
                description,
            }),
        ),
    };
    v1::Event {
        id: event.id,
        kind: kind as i32,
        year: event.year.unwrap_or(0),
        date: event.date.map(|date| date.to_string()).unwrap_or_default(),
        ceremony: event.ceremony.map(entity_ref),
        status: match event.status {
            extract::Status::Occurred => v1::EventStatus::Occurred,
            extract::Status::Planned => v1::EventStatus::Planned,
        } as i32,
        details: Some(details),
        sources: event.sources.into_iter().map(source).collect(),
        confidence: event.confidence,
    }
}

/// Returns the wire form of one entity (its `event_count` is the store's to fill).
pub fn entity(entity: &extract::Entity) -> v1::Entity {
    v1::Entity {
        id: entity.id.to_string(),
        name: entity.name.clone(),
        kind: entity_kind(entity.kind) as i32,
        aliases: entity.aliases.clone(),
        members: entity.members.iter().map(bare_ref).collect(),
        member_of: entity.member_of.iter().map(bare_ref).collect(),
        event_count: 0,
    }
}

fn entity_ref(entity: extract::EntityRef) -> v1::EntityRef {
    v1::EntityRef {
        id: entity.id.as_str().to_owned(),
        name: entity.name,
        kind: entity_kind(entity.kind) as i32,
    }
}

/// A membership link names only the id; the store resolves names on read.
fn bare_ref(id: &extract::EntityId) -> v1::EntityRef {
    v1::EntityRef {
        id: id.to_string(),
        ..v1::EntityRef::default()
    }
}

fn entity_kind(kind: extract::EntityKind) -> v1::EntityKind {
    match kind {
        extract::EntityKind::Person => v1::EntityKind::Person,
        extract::EntityKind::Group => v1::EntityKind::Group,
        extract::EntityKind::Ceremony => v1::EntityKind::Ceremony,
        extract::EntityKind::Work => v1::EntityKind::Work,
        extract::EntityKind::Other => v1::EntityKind::Other,
    }
}

fn encounter_setting(setting: extract::Setting) -> v1::EncounterSetting {
    match setting {
        extract::Setting::Backstage => v1::EncounterSetting::Backstage,
        extract::Setting::GreenRoom => v1::EncounterSetting::GreenRoom,
        extract::Setting::DressingRoom => v1::EncounterSetting::DressingRoom,
        extract::Setting::RedCarpet => v1::EncounterSetting::RedCarpet,
        extract::Setting::Stage => v1::EncounterSetting::Stage,
        extract::Setting::Audience => v1::EncounterSetting::Audience,
        extract::Setting::AfterParty => v1::EncounterSetting::AfterParty,
    }
}

fn source(source: extract::Source) -> v1::Source {
    v1::Source {
        document_id: source.document_id,
        evidence: source.evidence,
        span: Some(v1::Span {
            start: offset(source.span.start),
            end: offset(source.span.end),
        }),
        rule: source.rule.to_owned(),
        confidence: source.confidence,
    }
}

/// Articles are far below 4 GiB; saturate rather than wrap if one ever is not.
fn offset(byte: usize) -> u32 {
    u32::try_from(byte).unwrap_or(u32::MAX)
}
