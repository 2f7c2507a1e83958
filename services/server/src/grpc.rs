//! The gRPC adapter: thin impls of the three generated service traits. Each RPC
//! converts its request into a checked query, asks the [`Catalog`], converts the
//! answer, and goes through [`observe`], which maps errors to statuses and writes the
//! request's one log line.

use std::{future::Future, time::Instant};

use greenroom_proto::v1::{
    FindEncountersRequest, FindEncountersResponse, GetDocumentRequest, GetDocumentResponse,
    GetEntityRequest, GetEntityResponse, GetEventRequest, GetEventResponse, ListAwardsRequest,
    ListAwardsResponse, ListDocumentsRequest, ListDocumentsResponse, ListEntitiesRequest,
    ListEntitiesResponse, ListEventsRequest, ListEventsResponse, ListPerformancesRequest,
    ListPerformancesResponse, ListRecordsRequest, ListRecordsResponse,
    document_service_server::DocumentService, entity_service_server::EntityService,
    event_service_server::EventService,
};
use tonic::{Code, Request, Response, Status};

use crate::{
    catalog::Catalog,
    error::ServiceError,
    query::{
        DocumentLookup, DocumentsQuery, EntitiesQuery, EntityLookup, EventLookup, EventsQuery,
    },
};

/// Implements EventService, EntityService and DocumentService over one [`Catalog`].
#[derive(Clone)]
pub struct Api {
    catalog: Catalog,
}

impl Api {
    /// Serves `catalog`.
    pub fn new(catalog: Catalog) -> Api {
        Api { catalog }
    }
}

/// Runs one handler: maps its error to a [`Status`] and logs one line with the
/// method, the status code and the latency. Server-side failures are logged at error
/// level with their message; this is the only place they are logged.
async fn observe<T>(
    method: &'static str,
    handler: impl Future<Output = Result<T, ServiceError>>,
) -> Result<Response<T>, Status> {
    let started = Instant::now();
    let result = handler.await.map(Response::new).map_err(Status::from);
    let latency = started.elapsed();
    match &result {
        Ok(_) => tracing::info!(method, code = ?Code::Ok, ?latency, "request"),
        Err(status) => match status.code() {
            Code::Internal | Code::Unavailable | Code::Unknown | Code::DataLoss => {
                tracing::error!(method, code = ?status.code(), ?latency, error = status.message(), "request failed");
            }
            code => {
                tracing::info!(method, ?code, ?latency, error = status.message(), "request");
            }
        },
    }
    result
}

#[tonic::async_trait]
impl EventService for Api {
    async fn list_awards(
        &self,
        request: Request<ListAwardsRequest>,
    ) -> Result<Response<ListAwardsResponse>, Status> {
        observe("greenroom.v1.EventService/ListAwards", async {
            let page = self
                .catalog
                .events(EventsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListAwardsResponse {
                events: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn find_encounters(
        &self,
        request: Request<FindEncountersRequest>,
    ) -> Result<Response<FindEncountersResponse>, Status> {
        observe("greenroom.v1.EventService/FindEncounters", async {
            let page = self
                .catalog
                .events(EventsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(FindEncountersResponse {
                events: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn list_performances(
        &self,
        request: Request<ListPerformancesRequest>,
    ) -> Result<Response<ListPerformancesResponse>, Status> {
        observe("greenroom.v1.EventService/ListPerformances", async {
            let page = self
                .catalog
                .events(EventsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListPerformancesResponse {
                events: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn list_records(
        &self,
        request: Request<ListRecordsRequest>,
    ) -> Result<Response<ListRecordsResponse>, Status> {
        observe("greenroom.v1.EventService/ListRecords", async {
            let page = self
                .catalog
                .events(EventsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListRecordsResponse {
                events: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn list_events(
        &self,
        request: Request<ListEventsRequest>,
    ) -> Result<Response<ListEventsResponse>, Status> {
        observe("greenroom.v1.EventService/ListEvents", async {
            let page = self
                .catalog
                .events(EventsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListEventsResponse {
                events: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn get_event(
        &self,
        request: Request<GetEventRequest>,
    ) -> Result<Response<GetEventResponse>, Status> {
        observe("greenroom.v1.EventService/GetEvent", async {
            let event = self
                .catalog
                .event(EventLookup::try_from(request.into_inner())?)
                .await?;
            Ok(GetEventResponse { event: Some(event) })
        })
        .await
    }
}

#[tonic::async_trait]
impl EntityService for Api {
    async fn get_entity(
        &self,
        request: Request<GetEntityRequest>,
    ) -> Result<Response<GetEntityResponse>, Status> {
        observe("greenroom.v1.EntityService/GetEntity", async {
            let entity = self
                .catalog
                .entity(EntityLookup::try_from(request.into_inner())?)
                .await?;
            Ok(GetEntityResponse {
                entity: Some(entity),
            })
        })
        .await
    }

    async fn list_entities(
        &self,
        request: Request<ListEntitiesRequest>,
    ) -> Result<Response<ListEntitiesResponse>, Status> {
        observe("greenroom.v1.EntityService/ListEntities", async {
            let page = self
                .catalog
                .entities(EntitiesQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListEntitiesResponse {
                entities: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }
}

#[tonic::async_trait]
impl DocumentService for Api {
    async fn list_documents(
        &self,
        request: Request<ListDocumentsRequest>,
    ) -> Result<Response<ListDocumentsResponse>, Status> {
        observe("greenroom.v1.DocumentService/ListDocuments", async {
            let page = self
                .catalog
                .documents(DocumentsQuery::try_from(request.into_inner())?)
                .await?;
            Ok(ListDocumentsResponse {
                documents: page.items,
                next_page_token: page.next_token,
            })
        })
        .await
    }

    async fn get_document(
        &self,
        request: Request<GetDocumentRequest>,
    ) -> Result<Response<GetDocumentResponse>, Status> {
        observe("greenroom.v1.DocumentService/GetDocument", async {
            let document = self
                .catalog
                .document(DocumentLookup::try_from(request.into_inner())?)
                .await?;
            Ok(GetDocumentResponse {
                document: Some(document),
            })
        })
        .await
    }
}
